package kr.valuemall.seller.payout;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.account.MallUser;
import kr.valuemall.seller.Bank;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.web.forms.TypedChoices;

/**
 * {@code /seller/payout-account}: the account a seller's payouts go to, a request for
 * another one (which waits for staff, and holds payouts while it waits), and every
 * request's audit trail. A seller only ever sees and withdraws their own requests.
 */
@Controller
class PayoutAccountController {

	static final String VIEW_PAYOUT_ACCOUNT = "seller/payoutAccount";

	private final SellerApi sellers;

	private final PayoutAccountChanges changes;

	PayoutAccountController(SellerApi sellers, PayoutAccountChanges changes) {
		this.sellers = sellers;
		this.changes = changes;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("banks", Bank.values());
	}

	@GetMapping("/seller/payout-account")
	String initPayoutAccountForm(@AuthenticationPrincipal MallUser user, Model model) {
		show(storeOf(user), model);
		model.addAttribute("payoutAccountForm", PayoutAccountForm.empty());
		return VIEW_PAYOUT_ACCOUNT;
	}

	@PostMapping("/seller/payout-account")
	String processPayoutAccountForm(@AuthenticationPrincipal MallUser user,
			@Valid @ModelAttribute("payoutAccountForm") PayoutAccountForm form, BindingResult result,
			RedirectAttributes redirect, Model model) {
		StoreSummary store = storeOf(user);
		if (this.changes.pendingOf(store.sellerId()).isPresent()) {
			redirect.addFlashAttribute("notice", "payoutAccount.alreadyWaiting");
			return "redirect:/seller/payout-account";
		}
		Bank bank = result.hasErrors() ? null : TypedChoices.value(Bank.class, form.bank());
		if (bank != null
				&& this.changes.isCurrentAccount(store.sellerId(), bank, form.accountNumber(), form.accountHolder())) {
			result.rejectValue("accountNumber", "payoutAccount.accountNumber.current");
		}
		if (result.hasErrors()) {
			show(store, model);
			return VIEW_PAYOUT_ACCOUNT;
		}
		this.changes.request(store.sellerId(), user.getUsername(), bank, form.accountNumber(), form.accountHolder());
		redirect.addFlashAttribute("notice", "payoutAccount.requested");
		return "redirect:/seller/payout-account";
	}

	@PostMapping("/seller/payout-account/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal MallUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.changes.withdraw(storeOf(user).sellerId(), id, user.getUsername());
		redirect.addFlashAttribute("notice", "payoutAccount.withdrawn");
		return "redirect:/seller/payout-account";
	}

	private void show(StoreSummary store, Model model) {
		model.addAttribute("store", store);
		model.addAttribute("current", this.changes.currentAccount(store.sellerId()));
		model.addAttribute("pending", this.changes.pendingOf(store.sellerId()).orElse(null));
		model.addAttribute("history", this.changes.historyOf(store.sellerId()));
	}

	private StoreSummary storeOf(MallUser user) {
		// Security lets sellers only in here; an approval withdrawn since shows nothing.
		return this.sellers.storeOfAccount(user.getId())
			.orElseThrow(() -> PayoutAccountChangeNotFound.noStore(user.getId()));
	}

}
