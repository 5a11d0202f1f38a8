package kr.valuemall.web;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodParameter;
import org.springframework.ui.ModelMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.ValidationAnnotationUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * A form that Spring MVC could not fully bind is still the form, for every page. The
 * forms are records bound through their constructor; when one field cannot be converted
 * (a tick box sent as {@code bad}, a number as text, a box of a primitive type sent
 * without its value) Spring builds the record with that field empty but leaves the model,
 * and the {@code BindingResult} the controller gets, without the record, and the other
 * fields unchecked. The page shown again then failed on the missing form (a 500), or a
 * controller read a value Bean Validation had never checked.
 * <p>
 * This wraps Spring's {@code @ModelAttribute} resolvers: after such a binding it puts the
 * record in the model under its name with a binding result that holds it, the binding
 * errors, and the Bean Validation of every other field. Bindings that succeeded are left
 * as Spring made them.
 */
class FormBindingRepair implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
			List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>();
			for (HandlerMethodArgumentResolver resolver : adapter.getArgumentResolvers()) {
				resolvers.add((resolver instanceof ModelAttributeMethodProcessor) ? new Repairing(resolver) : resolver);
			}
			adapter.setArgumentResolvers(resolvers);
		}
		return bean;
	}

	static final class Repairing implements HandlerMethodArgumentResolver {

		private final HandlerMethodArgumentResolver delegate;

		Repairing(HandlerMethodArgumentResolver delegate) {
			this.delegate = delegate;
		}

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return this.delegate.supportsParameter(parameter);
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
				NativeWebRequest webRequest, WebDataBinderFactory binderFactory) throws Exception {
			Object form = this.delegate.resolveArgument(parameter, mavContainer, webRequest, binderFactory);
			if (form == null || mavContainer == null || binderFactory == null) {
				return form;
			}
			String name = ModelFactory.getNameForParameter(parameter);
			ModelMap model = mavContainer.getModel();
			String errorsKey = BindingResult.MODEL_KEY_PREFIX + name;
			if (!(model.get(errorsKey) instanceof BindingResult partial) || partial.getTarget() != null) {
				return form;
			}
			WebDataBinder binder = binderFactory.createBinder(webRequest, form, name);
			BindingResult repaired = binder.getBindingResult();
			Set<String> unbound = partial.getFieldErrors()
				.stream()
				.filter(FieldError::isBindingFailure)
				.map(FieldError::getField)
				.collect(Collectors.toSet());
			partial.getFieldErrors().stream().filter(FieldError::isBindingFailure).forEach(repaired::addError);
			Object[] hints = validationHints(parameter);
			if (hints != null) {
				WebDataBinder checker = binderFactory.createBinder(webRequest, form, name);
				BindingResult checked = checker.getBindingResult();
				for (Validator validator : checker.getValidatorsToApply()) {
					if (validator instanceof org.springframework.validation.SmartValidator smart) {
						smart.validate(form, checked, hints);
					}
					else {
						validator.validate(form, checked);
					}
				}
				for (ObjectError error : checked.getAllErrors()) {
					if (!(error instanceof FieldError field) || !unbound.contains(field.getField())) {
						repaired.addError(error);
					}
				}
			}
			else {
				partial.getAllErrors()
					.stream()
					.filter((error) -> !(error instanceof FieldError field) || !field.isBindingFailure())
					.forEach(repaired::addError);
			}
			// The controller's BindingResult argument is the last one in the model.
			model.remove(name);
			model.remove(errorsKey);
			Map<String, Object> replaced = repaired.getModel();
			model.put(name, form);
			model.put(errorsKey, replaced.get(errorsKey));
			return form;
		}

		private static Object[] validationHints(MethodParameter parameter) {
			for (Annotation annotation : parameter.getParameterAnnotations()) {
				Object[] hints = ValidationAnnotationUtils.determineValidationHints(annotation);
				if (hints != null) {
					return hints;
				}
			}
			return null;
		}

	}

}
