package kr.valuemall.promotion;

import java.io.IOException;
import java.time.Clock;

import jakarta.validation.Valid;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.shared.UploadRefused;
import kr.valuemall.shared.UploadedImages;

/**
 * {@code /admin/campaigns}: staff list, create and change campaigns.
 */
@Controller
class CampaignAdminController {

	static final String VIEW_LIST = "promotion/adminCampaigns";

	static final String VIEW_FORM = "promotion/campaignForm";

	/** A banner is a picture for a page's top, not a photo archive. */
	static final long MAX_BANNER_BYTES = 2 * 1024 * 1024;

	/** Twice the widest layout, for sharp banners on high-density screens. */
	static final int MAX_BANNER_LONG_SIDE = 2400;

	private final Campaigns campaigns;

	private final Clock clock;

	CampaignAdminController(Campaigns campaigns, Clock clock) {
		this.campaigns = campaigns;
		this.clock = clock;
	}

	@GetMapping("/admin/campaigns")
	String list(Model model) {
		model.addAttribute("campaigns", this.campaigns.all());
		model.addAttribute("now", this.clock.instant());
		return VIEW_LIST;
	}

	@GetMapping("/admin/campaigns/new")
	String initCreateForm(Model model) {
		model.addAttribute("campaignForm", CampaignForm.empty());
		return VIEW_FORM;
	}

	@PostMapping("/admin/campaigns/new")
	String processCreateForm(@Valid @ModelAttribute("campaignForm") CampaignForm form, BindingResult result,
			@RequestParam(name = "banner", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		Campaigns.Details details = form.check(result);
		Campaigns.Banner banner = banner(file, result);
		if (details == null || result.hasErrors()) {
			return VIEW_FORM;
		}
		try {
			this.campaigns.create(details, banner);
		}
		catch (DuplicateKeyException ex) {
			result.rejectValue("slug", "campaign.slug.taken");
			return VIEW_FORM;
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/campaigns";
	}

	@GetMapping("/admin/campaigns/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		Campaign campaign = this.campaigns.find(id).orElseThrow(() -> CampaignNotFound.of(Long.toString(id)));
		model.addAttribute("campaign", campaign);
		model.addAttribute("campaignForm", CampaignForm.of(campaign));
		return VIEW_FORM;
	}

	@PostMapping("/admin/campaigns/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("campaignForm") CampaignForm form,
			BindingResult result, @RequestParam(name = "banner", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		Campaign campaign = this.campaigns.find(id).orElseThrow(() -> CampaignNotFound.of(Long.toString(id)));
		model.addAttribute("campaign", campaign);
		Campaigns.Details details = form.check(result);
		Campaigns.Banner banner = banner(file, result);
		if (details == null || result.hasErrors()) {
			return VIEW_FORM;
		}
		try {
			this.campaigns.update(id, details, banner);
		}
		catch (DuplicateKeyException ex) {
			result.rejectValue("slug", "campaign.slug.taken");
			return VIEW_FORM;
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/campaigns";
	}

	/** The uploaded banner, or null when none was chosen or it was refused. */
	private static Campaigns.Banner banner(MultipartFile file, BindingResult result) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		if (file.getSize() > MAX_BANNER_BYTES) {
			result.reject("campaign.banner.tooLarge");
			return null;
		}
		try {
			byte[] bytes = file.getBytes();
			String type = Campaigns.Banner.sniff(bytes);
			if (type == null) {
				result.reject("campaign.banner.type");
				return null;
			}
			// Only the pixels are kept: a banner is shown to every visitor.
			UploadedImages.Reencoded clean = UploadedImages.reencode(bytes, MAX_BANNER_LONG_SIDE);
			return Campaigns.Banner.of(clean.bytes(), clean.contentType());
		}
		catch (UploadRefused ex) {
			result.reject(ex.messageKey());
			return null;
		}
		catch (IOException ex) {
			result.reject("campaign.banner.type");
			return null;
		}
	}

}
