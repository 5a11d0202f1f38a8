/**
 * Categories, products, images, search, store pages and reviews: where shoppers find
 * things.
 */
@ApplicationModule(displayName = "Catalog")
package kr.valuemall.catalog;

import org.springframework.modulith.ApplicationModule;
