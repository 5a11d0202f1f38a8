package kr.valuemall.order.cart;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.context.LazyContextVariable;

/**
 * The cart on every page: its count in the header, and a visitor's cart joining the
 * account's on the first page after sign-in.
 */
@Configuration(proxyBeanMethods = false)
class CartWebSupport implements WebMvcConfigurer {

	private final Carts carts;

	CartWebSupport(Carts carts) {
		this.carts = carts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new MergeAtSignIn(this.carts)).excludePathPatterns("/images/**", "/css/**", "/js/**");
	}

	static final class MergeAtSignIn implements HandlerInterceptor {

		private final Carts carts;

		MergeAtSignIn(Carts carts) {
			this.carts = carts;
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			Optional<UUID> token = CartCookie.token(request);
			Optional<Long> account = CartCookie.signedIn();
			if (token.isPresent() && account.isPresent()) {
				this.carts.merge(token.get(), account.get());
				CartCookie.forget(response);
			}
			return true;
		}

	}

	@ControllerAdvice
	static class CartCount {

		private final Carts carts;

		CartCount(Carts carts) {
			this.carts = carts;
		}

		/**
		 * Counted only when a page is rendered: a form that redirects (adding to the
		 * cart, paying) shows no header.
		 */
		@ModelAttribute("cartCount")
		LazyContextVariable<Integer> cartCount(HttpServletRequest request) {
			Optional<CartOwner> owner = CartCookie.current(request);
			return new LazyContextVariable<>() {

				@Override
				protected Integer loadValue() {
					return owner.map(CartCount.this.carts::count).orElse(0);
				}

			};
		}

	}

}
