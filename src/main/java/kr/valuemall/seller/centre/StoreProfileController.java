package kr.valuemall.seller.centre;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.account.MallUser;
import kr.valuemall.seller.application.SellerApplication;
import kr.valuemall.seller.application.StoreProfile;
import kr.valuemall.shared.PhoneNumbers;
import kr.valuemall.shared.Region;
import kr.valuemall.web.forms.TypedChoices;

/**
 * {@code /seller/store}: an approved seller edits the store's name, introduction, contact
 * and business address. The store's address ({@code /stores/…}) stays: links to it keep
 * working.
 */
@Controller
class StoreProfileController {

	static final String VIEW_STORE_PROFILE = "seller/storeProfile";

	private final StoreProfiles profiles;

	StoreProfileController(StoreProfiles profiles) {
		this.profiles = profiles;
	}

	/**
	 * Spaces around what was typed or pasted are no part of it: an e-mail address with a
	 * trailing space is still that address.
	 */
	@InitBinder("storeProfileForm")
	void trimWhatWasTyped(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(false));
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("regions", Region.values());
	}

	@GetMapping("/seller/store")
	String initStoreProfileForm(@AuthenticationPrincipal MallUser user, Model model) {
		SellerApplication store = storeOf(user);
		model.addAttribute("store", store);
		model.addAttribute("storeProfileForm", StoreProfileForm.of(store, user.getUsername()));
		return VIEW_STORE_PROFILE;
	}

	@PostMapping("/seller/store")
	String processStoreProfileForm(@AuthenticationPrincipal MallUser user,
			@Valid @ModelAttribute("storeProfileForm") StoreProfileForm form, BindingResult result,
			RedirectAttributes redirect, Model model) {
		SellerApplication store = storeOf(user);
		if (result.hasErrors()) {
			model.addAttribute("store", store);
			return VIEW_STORE_PROFILE;
		}
		this.profiles.edit(user.getId(), user.getUsername(),
				new StoreProfile(form.storeName().strip(), form.introduction().strip(),
						PhoneNumbers.normalize(form.phone()), form.email().strip(), form.businessAddress().strip(),
						TypedChoices.value(Region.class, form.region())));
		redirect.addFlashAttribute("notice", "storeProfile.saved");
		return "redirect:/seller/store";
	}

	private SellerApplication storeOf(MallUser user) {
		// Security lets sellers only in here; an approval withdrawn since shows nothing.
		return this.profiles.storeOf(user.getId()).orElseThrow(() -> StoreNotOpen.of(user.getId()));
	}

}
