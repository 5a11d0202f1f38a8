package kr.valuemall.promotion;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriUtils;

import kr.valuemall.account.MallUser;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.web.SiteLinks;

/**
 * {@code /seller/promote}: a seller's store address to copy, links that open the share
 * screens of Korean and global social networks, and a QR code to print. Only the
 * signed-in seller's own store; the security rules let only sellers in.
 * <p>
 * KakaoTalk sharing needs the Kakao SDK with an app key registered to the mall, so it is
 * not offered; the copy button covers pasting the address into a chat.
 */
@Controller
class PromoteStoreController {

	static final String VIEW_PROMOTE = "promotion/promote";

	private final SellerApi sellers;

	private final SiteLinks site;

	private final SpotlightProperties spotlight;

	private final MessageSource messages;

	PromoteStoreController(SellerApi sellers, SiteLinks site, SpotlightProperties spotlight, MessageSource messages) {
		this.messages = messages;
		this.sellers = sellers;
		this.site = site;
		this.spotlight = spotlight;
	}

	@GetMapping("/seller/promote")
	String promote(@AuthenticationPrincipal MallUser user, Model model) {
		Optional<StoreSummary> store = this.sellers.storeOfAccount(user.getId());
		if (store.isEmpty()) {
			return "redirect:/seller";
		}
		String url = storeUrl(store.get());
		String encodedUrl = encode(url);
		model.addAttribute("store", store.get());
		model.addAttribute("storeUrl", url);
		model.addAttribute("shareFacebook", "https://www.facebook.com/sharer/sharer.php?u=" + encodedUrl);
		model.addAttribute("shareKakaoStory", "https://story.kakao.com/share?url=" + encodedUrl);
		model.addAttribute("shareNaver", "https://share.naver.com/web/shareView?url=" + encodedUrl + "&title="
				+ encode(store.get().storeName()));
		String text = this.messages.getMessage("promote.share.text", new Object[] { store.get().storeName() },
				LocaleContextHolder.getLocale());
		model.addAttribute("shareX", "https://twitter.com/intent/tweet?url=" + encodedUrl + "&text=" + encode(text));
		model.addAttribute("newStoreDays", this.spotlight.newStoreDays());
		return VIEW_PROMOTE;
	}

	@GetMapping(value = "/seller/promote/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qrCode(@AuthenticationPrincipal MallUser user) {
		return this.sellers.storeOfAccount(user.getId())
			.map((store) -> ResponseEntity.ok()
				.contentType(MediaType.IMAGE_PNG)
				.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
				.header("Content-Disposition", "inline; filename=\"store-qr.png\"")
				.body(StoreQrCode.png(storeUrl(store))))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	private String storeUrl(StoreSummary store) {
		return this.site.absolute("/stores/" + store.slug());
	}

	static String encode(String value) {
		return UriUtils.encode(value, StandardCharsets.UTF_8);
	}

}
