package kr.valuemall.catalog.images;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.multipart.MultipartFile;

import kr.valuemall.IntegrationTest;
import kr.valuemall.catalog.images.ImageRejected.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import kr.valuemall.catalog.TestProducts;

@IntegrationTest
class ProductImagesTests {

	@Autowired
	TestProducts testProducts;

	@Autowired
	ProductImages productImages;

	@Test
	void storedImagesKeepTheUploadOrderAndLinkEverySize() {
		long productId = this.testProducts.newProductId();

		List<ProductImageRef> stored = this.productImages.store(productId,
				List.of(photo("front.jpg", 3000, 2000), photo("side.jpg", 600, 600)));

		assertThat(stored).extracting(ProductImageRef::position).containsExactly(0, 1);
		assertThat(this.productImages.imagesOf(productId)).isEqualTo(stored);
		ProductImageRef first = stored.get(0);
		assertThat(first.productId()).isEqualTo(productId);
		assertThat(first.full()).isEqualTo(new ProductImageRef.Link(first.full().url(), 1600, 1067));
		assertThat(first.thumbnail().width()).isEqualTo(400);
		assertThat(first.thumbnail().url()).matches("/images/products/" + first.id() + "/[0-9a-f]{64}/thumbnail\\.jpg");
		assertThat(first.srcset()).contains(first.thumbnail().url() + " 400w", first.medium().url() + " 800w",
				first.full().url() + " 1600w");
	}

	@Test
	void laterUploadsAreAppendedAfterTheExistingImages() {
		long productId = this.testProducts.newProductId();
		this.productImages.store(productId, List.of(photo("a.jpg", 200, 200), photo("b.jpg", 200, 200)));

		List<ProductImageRef> more = this.productImages.store(productId, List.of(photo("c.jpg", 200, 200)));

		assertThat(more).extracting(ProductImageRef::position).containsExactly(2);
		assertThat(this.productImages.imagesOf(productId)).hasSize(3);
	}

	@Test
	void sixthImageIsRefusedAndNothingOfThatBatchIsStored() {
		long productId = this.testProducts.newProductId();
		List<ProductImageRef> firstThree = this.productImages.store(productId, photos(3));

		assertThatExceptionOfType(ImageRejected.class).isThrownBy(() -> this.productImages.store(productId, photos(3)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("image.invalid.tooMany"));
		assertThat(this.productImages.imagesOf(productId)).isEqualTo(firstThree);

		this.productImages.store(productId, photos(2));
		assertThat(this.productImages.imagesOf(productId)).hasSize(5);
		assertThatExceptionOfType(ImageRejected.class).isThrownBy(() -> this.productImages.store(productId, photos(1)))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.TOO_MANY));
		assertThat(this.productImages.imagesOf(productId)).hasSize(5);
	}

	@Test
	void sixImagesInOneBatchAreRefused() {
		long productId = this.testProducts.newProductId();

		assertThatExceptionOfType(ImageRejected.class).isThrownBy(() -> this.productImages.store(productId, photos(6)))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.TOO_MANY));
		assertThat(this.productImages.imagesOf(productId)).isEmpty();
	}

	@Test
	void oneRefusedFileRefusesTheWholeBatchAndNamesTheFile() {
		long productId = this.testProducts.newProductId();
		MockMultipartFile pdf = new MockMultipartFile("images", "photo.jpg", "image/jpeg",
				"%PDF-1.4\n%%EOF".getBytes());

		assertThatExceptionOfType(ImageRejected.class)
			.isThrownBy(() -> this.productImages.store(productId, List.of(photo("good.jpg", 300, 300), pdf)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("image.invalid.type"))
			.satisfies((ex) -> assertThat(ex.fileName()).isEqualTo("photo.jpg"));
		assertThat(this.productImages.imagesOf(productId)).isEmpty();
	}

	@Test
	void uploadOverTenMegabytesIsRefusedByItsSize() {
		long productId = this.testProducts.newProductId();
		MockMultipartFile huge = new MockMultipartFile("images", "huge.jpg", "image/jpeg",
				new byte[ImageProcessing.MAX_UPLOAD_BYTES + 1]);

		assertThatExceptionOfType(ImageRejected.class)
			.isThrownBy(() -> this.productImages.store(productId, List.of(huge)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("image.invalid.tooLarge"));
	}

	@Test
	void fileInputsLeftEmptyAreSkipped() {
		long productId = this.testProducts.newProductId();
		MockMultipartFile nothingChosen = new MockMultipartFile("images", "", "application/octet-stream", new byte[0]);

		List<ProductImageRef> stored = this.productImages.store(productId,
				List.of(nothingChosen, photo("a.jpg", 300, 300), nothingChosen));

		assertThat(stored).hasSize(1);
		assertThat(this.productImages.store(productId, List.of(nothingChosen))).isEmpty();
	}

	@Test
	void removingAnImageMovesTheLaterOnesUp() {
		long productId = this.testProducts.newProductId();
		List<ProductImageRef> stored = this.productImages.store(productId, photos(4));

		this.productImages.remove(productId, stored.get(1).id());

		List<ProductImageRef> left = this.productImages.imagesOf(productId);
		assertThat(left).extracting(ProductImageRef::id)
			.containsExactly(stored.get(0).id(), stored.get(2).id(), stored.get(3).id());
		assertThat(left).extracting(ProductImageRef::position).containsExactly(0, 1, 2);

		this.productImages.remove(productId, stored.get(0).id());
		assertThat(this.productImages.firstImagesOf(List.of(productId)).get(productId).id())
			.as("the next image becomes the main one")
			.isEqualTo(stored.get(2).id());

		List<ProductImageRef> refilled = this.productImages.store(productId, photos(3));
		assertThat(refilled).extracting(ProductImageRef::position).containsExactly(2, 3, 4);
	}

	@Test
	void imagesCannotBeRemovedThroughAnotherProduct() {
		long productId = this.testProducts.newProductId();
		long otherProductId = this.testProducts.newProductId();
		ProductImageRef image = this.productImages.store(productId, photos(1)).get(0);

		assertThatExceptionOfType(ProductImageNotFound.class)
			.isThrownBy(() -> this.productImages.remove(otherProductId, image.id()));
		assertThat(this.productImages.imagesOf(productId)).containsExactly(image);
	}

	@Test
	void firstImagesOfManyProductsComeInOneMap() {
		long withImages = this.testProducts.newProductId();
		long alsoWithImages = this.testProducts.newProductId();
		long withoutImages = this.testProducts.newProductId();
		List<ProductImageRef> first = this.productImages.store(withImages, photos(2));
		List<ProductImageRef> second = this.productImages.store(alsoWithImages, photos(3));

		Map<Long, ProductImageRef> main = this.productImages
			.firstImagesOf(List.of(withImages, alsoWithImages, withoutImages));

		assertThat(main).containsOnlyKeys(withImages, alsoWithImages);
		assertThat(main.get(withImages)).isEqualTo(first.get(0));
		assertThat(main.get(alsoWithImages)).isEqualTo(second.get(0));
		assertThat(this.productImages.firstImagesOf(List.of())).isEmpty();
	}

	@Test
	void removeAllLeavesTheProductWithoutImages() {
		long productId = this.testProducts.newProductId();
		long otherProductId = this.testProducts.newProductId();
		this.productImages.store(productId, photos(3));
		this.productImages.store(otherProductId, photos(1));

		this.productImages.removeAll(productId);

		assertThat(this.productImages.imagesOf(productId)).isEmpty();
		assertThat(this.productImages.imagesOf(otherProductId)).hasSize(1);
	}

	static MockMultipartFile photo(String name, int width, int height) {
		// The declared type is a lie on purpose: only the content counts.
		return new MockMultipartFile("images", name, "application/octet-stream",
				TestImages.jpeg(TestImages.picture(width, height)));
	}

	private static List<MultipartFile> photos(int count) {
		List<MultipartFile> photos = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			photos.add(photo("photo-" + i + ".jpg", 200 + i, 200));
		}
		return photos;
	}

}
