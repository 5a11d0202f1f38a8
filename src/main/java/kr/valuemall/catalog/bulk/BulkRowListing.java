package kr.valuemall.catalog.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import kr.valuemall.catalog.listing.Product;
import kr.valuemall.catalog.listing.ProductDetails;
import kr.valuemall.catalog.listing.ProductForm;
import kr.valuemall.catalog.listing.OptionCells;
import kr.valuemall.catalog.listing.ProductFormChecks;
import kr.valuemall.catalog.listing.ProductOptions;
import kr.valuemall.catalog.listing.ProductNotFound;
import kr.valuemall.catalog.listing.ProductStatus;
import kr.valuemall.catalog.listing.SellerListings;
import kr.valuemall.catalog.notice.NoticeGroup;
import kr.valuemall.catalog.notice.NoticeItem;
import kr.valuemall.catalog.notice.NoticeProblem;
import kr.valuemall.catalog.notice.NoticeRules;
import kr.valuemall.catalog.notice.ProductNotice;
import kr.valuemall.origin.ReviewStatus;
import kr.valuemall.origin.ScreeningOutcome;
import kr.valuemall.origin.ScreeningReason;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.web.forms.TypedNumbers;

/**
 * Lists one row of a bulk sheet exactly as the product form would: the same Bean
 * Validation and checks, the same product information notice rules, the same create, edit
 * and publish (so the same origin screening), in one transaction of its own. A row with
 * any problem changes nothing.
 */
@Component
class BulkRowListing {

	private final BulkChoices choices;

	private final ProductFormChecks checks;

	private final SellerListings listings;

	private final SpringValidatorAdapter validator;

	private final TransactionTemplate transactions;

	private final MessageSource messages;

	BulkRowListing(BulkChoices choices, ProductFormChecks checks, SellerListings listings, Validator validator,
			PlatformTransactionManager transactionManager, MessageSource messages) {
		this.choices = choices;
		this.checks = checks;
		this.listings = listings;
		this.validator = new SpringValidatorAdapter(validator);
		this.transactions = new TransactionTemplate(transactionManager);
		this.messages = messages;
	}

	private static final java.util.Map<OptionCells.Cell, BulkColumn> OPTION_COLUMNS = java.util.Map.of(
			OptionCells.Cell.NAMES, BulkColumn.OPTION_NAMES, OptionCells.Cell.VALUES, BulkColumn.OPTION_VALUES,
			OptionCells.Cell.PRICES, BulkColumn.OPTION_PRICES, OptionCells.Cell.STOCKS, BulkColumn.OPTION_STOCKS);

	RowResult list(StoreSummary store, BulkRow row, Locale locale) {
		ProductForm form = this.choices.form(row);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "productForm");
		this.validator.validate(form, errors);
		List<RowResult.Problem> problems = new ArrayList<>();
		String typedId = row.get(BulkColumn.PRODUCT_ID);
		Long productId = typedId.isEmpty() ? null : TypedNumbers.read(typedId);
		if (!typedId.isEmpty() && productId == null) {
			problems.add(problem(BulkColumn.PRODUCT_ID, "bulk.row.productId.invalid", locale));
		}
		Boolean publish = this.choices.publish(row.get(BulkColumn.ACTION));
		if (publish == null) {
			problems.add(problem(BulkColumn.ACTION, "bulk.row.action.invalid", locale));
		}
		Optional<ProductDetails> details = this.checks.read(form, errors);
		if (Boolean.TRUE.equals(publish) && details.isPresent()) {
			this.checks.checkPublishable(details.get(), errors);
		}
		problems.addAll(problems(errors, locale));
		if (Boolean.TRUE.equals(publish) && details.isPresent()
				&& details.get().makerRole() == kr.valuemall.origin.MakerRole.RESELLER
				&& !makerNamed(store, productId)) {
			// A reseller names its Korean maker's business registration number, which the
			// sheet does not carry: such a listing goes on sale from its edit page.
			problems.add(problem(BulkColumn.MAKER_ROLE, "bulk.row.reseller.makerNumber", locale));
		}
		ProductNotice notice = notice(row, Boolean.TRUE.equals(publish), problems, locale);
		OptionCells.Read options = OptionCells.read(row.get(BulkColumn.OPTION_NAMES), row.get(BulkColumn.OPTION_VALUES),
				row.get(BulkColumn.OPTION_PRICES), row.get(BulkColumn.OPTION_STOCKS),
				details.map(ProductDetails::price).orElse(null));
		for (OptionCells.Problem problem : options.problems()) {
			problems.add(new RowResult.Problem(
					this.messages.getMessage(OPTION_COLUMNS.get(problem.cell()).messageKey(), null, locale),
					this.messages.getMessage(problem.code(), problem.arguments(), locale)));
		}
		String name = form.name();
		if (!problems.isEmpty() || details.isEmpty()) {
			return new RowResult(RowOutcome.REFUSED, productId, name, problems);
		}
		// With options each SKU holds its own stock; without, the one SKU holds the
		// row's.
		ProductOptions chosen = (options.options() != null) ? options.options()
				: ProductOptions.none(details.get().stock());
		try {
			return this.transactions
				.execute((status) -> list(store, productId, details.get(), notice, chosen, publish, locale));
		}
		catch (ProductNotFound ex) {
			return new RowResult(RowOutcome.REFUSED, productId, name,
					List.of(problem(BulkColumn.PRODUCT_ID, "bulk.row.productId.notYours", locale)));
		}
	}

	/** Whether the seller's listing already names its maker's business number. */
	private boolean makerNamed(StoreSummary store, Long productId) {
		if (productId == null) {
			return false;
		}
		try {
			return this.listings.find(store, productId).getMakerBusinessNumber() != null;
		}
		catch (ProductNotFound ex) {
			return false;
		}
	}

	/**
	 * The row's product information notice, checked as the product form checks it: every
	 * required line before it goes on sale; problems are added under the line's column.
	 */
	private ProductNotice notice(BulkRow row, boolean publish, List<RowResult.Problem> problems, Locale locale) {
		NoticeGroup group;
		try {
			group = this.choices.noticeGroup(row.get(BulkColumn.NOTICE_GROUP));
		}
		catch (IllegalArgumentException ex) {
			problems.add(problem(BulkColumn.NOTICE_GROUP, "bulk.row.noticeGroup.invalid", locale));
			return ProductNotice.NONE;
		}
		for (NoticeProblem problem : NoticeRules.check(group, row.notice(), publish)) {
			String column = NoticeProblem.GROUP.equals(problem.field())
					? this.messages.getMessage(BulkColumn.NOTICE_GROUP.messageKey(), null, locale)
					: NoticeItem.ofKey(problem.field())
						.map((item) -> BulkListings.noticeHeading(this.messages, item, locale))
						.orElse(problem.field());
			problems.add(new RowResult.Problem(column, this.messages.getMessage(problem.message(), locale)));
		}
		return ProductNotice.of(group, row.notice());
	}

	private RowResult list(StoreSummary store, Long productId, ProductDetails details, ProductNotice notice,
			ProductOptions options, boolean publish, Locale locale) {
		Product product = (productId != null) ? this.listings.edit(store, productId, details, notice, options)
				: this.listings.create(store, details, notice, options);
		RowOutcome outcome = (productId != null) ? RowOutcome.UPDATED : RowOutcome.CREATED;
		List<RowResult.Problem> reasons = List.of();
		if (publish && product.getStatus() != ProductStatus.LIVE && product.getStatus() != ProductStatus.HELD) {
			ScreeningOutcome screening = this.listings.publish(store, product.getId());
			outcome = (screening.status() == ReviewStatus.LIVE) ? RowOutcome.LIVE : RowOutcome.HELD;
			reasons = screening.reasons().stream().map((reason) -> reason(reason, locale)).toList();
		}
		else if (product.getStatus() == ProductStatus.LIVE) {
			outcome = RowOutcome.LIVE;
		}
		else if (product.getStatus() == ProductStatus.HELD) {
			outcome = RowOutcome.HELD;
		}
		return new RowResult(outcome, product.getId(), product.getName(), reasons);
	}

	private List<RowResult.Problem> problems(BeanPropertyBindingResult errors, Locale locale) {
		List<RowResult.Problem> problems = new ArrayList<>();
		for (ObjectError error : errors.getAllErrors()) {
			if ("product.publish.refused".equals(error.getCode())) {
				continue;
			}
			String column = "";
			if (error instanceof FieldError field) {
				column = BulkColumn.ofField(field.getField())
					.map((known) -> this.messages.getMessage(known.messageKey(), null, locale))
					.orElse(field.getField());
			}
			problems.add(new RowResult.Problem(column, this.messages.getMessage(error, locale)));
		}
		return problems;
	}

	private RowResult.Problem problem(BulkColumn column, String key, Locale locale) {
		return new RowResult.Problem(this.messages.getMessage(column.messageKey(), null, locale),
				this.messages.getMessage(key, null, locale));
	}

	private RowResult.Problem reason(ScreeningReason reason, Locale locale) {
		return new RowResult.Problem("", this.messages.getMessage(reason.messageKey(),
				new Object[] { reason.detail(), reason.points() }, reason.messageKey(), locale));
	}

}
