package kr.valuemall.seller;

/**
 * A section of one seller's page for staff and the ministry
 * ({@code /admin/sellers/{id}}), contributed by the module that owns its figures: reports
 * show monthly sales, orders show shipments and returns, the catalog listings and
 * reviews, origin holds and reports, settlement the statements. The seller module only
 * renders them, so it depends on none of those modules.
 */
public interface StaffSellerPanel {

	/**
	 * The Thymeleaf fragment that draws the section, such as
	 * {@code "report/staffSellerPanel :: sales"}; it reads its data as {@code panelData}.
	 */
	String template();

	/** What the fragment shows, for this approved seller. */
	Object model(long sellerId);

	/** Sections are shown in ascending order. */
	int order();

}
