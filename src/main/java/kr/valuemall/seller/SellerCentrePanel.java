package kr.valuemall.seller;

/**
 * A panel on an approved seller's front page ({@code /seller}), contributed by another
 * module: settlement shows sales and statements, catalog shows held listings. The seller
 * module only renders them, so it depends on none of those modules.
 */
public interface SellerCentrePanel {

	/**
	 * The Thymeleaf fragment that draws the panel, such as
	 * {@code "settlement/sellerPanel :: panel"}; it reads its data as {@code panelData}.
	 */
	String template();

	/** What the fragment shows, for this seller's store. */
	Object model(StoreSummary store);

	/** Panels are shown in ascending order. */
	int order();

}
