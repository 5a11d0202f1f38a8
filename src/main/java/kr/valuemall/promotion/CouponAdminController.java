package kr.valuemall.promotion;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/coupons}: staff issue coupon codes, see how many were used, and switch
 * them off and on.
 */
@Controller
class CouponAdminController {

	static final String VIEW_COUPONS = "promotion/adminCoupons";

	private final Coupons coupons;

	private final Clock clock;

	CouponAdminController(Coupons coupons, Clock clock) {
		this.coupons = coupons;
		this.clock = clock;
	}

	@GetMapping("/admin/coupons")
	String initIssueForm(Model model) {
		model.addAttribute("couponForm", CouponForm.empty());
		return show(model);
	}

	@PostMapping("/admin/coupons")
	String processIssueForm(@Valid @ModelAttribute("couponForm") CouponForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Coupon coupon = form.check(result);
		if (coupon == null) {
			return show(model);
		}
		try {
			this.coupons.issue(coupon);
		}
		catch (DuplicateKeyException ex) {
			result.rejectValue("code", "coupon.code.taken");
			return show(model);
		}
		redirect.addFlashAttribute("issued", coupon.code());
		return "redirect:/admin/coupons";
	}

	@PostMapping("/admin/coupons/{id}/active")
	String activate(@PathVariable long id, @RequestParam boolean active) {
		this.coupons.activate(id, active);
		return "redirect:/admin/coupons";
	}

	private String show(Model model) {
		model.addAttribute("coupons", this.coupons.all());
		model.addAttribute("kinds", Coupon.Kind.values());
		model.addAttribute("now", this.clock.instant());
		return VIEW_COUPONS;
	}

}
