package kr.valuemall.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shared page's pieces deflated once and sent as one gzip body with each visitor's
 * token between them; whatever bytes actually come through the filters is what the
 * browser unpacks.
 */
class GzipPiecesTests {

	private static final byte[] HEAD = "<html><head><title>가치몰</title></head><body><form><input name=_csrf value=\""
		.repeat(20)
		.getBytes(StandardCharsets.UTF_8);

	private static final byte[] TAIL = "\"></form><p>국내에서 만든 물건을 3% 수수료로 팝니다.</p></body></html>".repeat(40)
		.getBytes(StandardCharsets.UTF_8);

	@Test
	void piecesDeflatedOnceAndATokenBetweenThemUnpackToThePage() throws IOException {
		byte[] token = "f3a9c1-visitor-token".getBytes(StandardCharsets.US_ASCII);
		GzipPieces pieces = pieces(token);
		AtomicLong length = new AtomicLong(-1);
		ByteArrayOutputStream sent = new ByteArrayOutputStream();
		try (GzipPieces.Stream stream = new GzipPieces.Stream(pieces, sent, length::set)) {
			// As a filter passes the page on: in chunks that cross the pieces' edges.
			byte[] page = concat(HEAD, token, TAIL);
			for (int from = 0; from < page.length; from += 1000) {
				stream.write(page, from, Math.min(1000, page.length - from));
			}
		}
		assertThat(gunzip(sent.toByteArray())).isEqualTo(concat(HEAD, token, TAIL));
		assertThat(length.get()).isEqualTo(sent.size());
		assertThat(sent.size()).as("compressed").isLessThan((HEAD.length + TAIL.length) / 4);
	}

	@Test
	void bytesOtherThanThePiecesAreCompressedAsTheyCame() throws IOException {
		byte[] token = "token-one".getBytes(StandardCharsets.US_ASCII);
		byte[] changed = concat(HEAD, "token-two".getBytes(StandardCharsets.US_ASCII), TAIL);
		assertThat(gunzip(send(pieces(token), changed))).isEqualTo(changed);

		byte[] shorter = concat(HEAD, token);
		assertThat(gunzip(send(pieces(token), shorter))).isEqualTo(shorter);

		byte[] longer = concat(HEAD, token, TAIL, "<!-- more -->".getBytes(StandardCharsets.US_ASCII));
		assertThat(gunzip(send(pieces(token), longer))).isEqualTo(longer);
	}

	@Test
	void aPieceSentAsItIsMayBeLongerThanOneStoredBlock() throws IOException {
		byte[] large = new byte[200_000];
		new Random(7).nextBytes(large);
		GzipPieces pieces = new GzipPieces();
		pieces.add(HEAD, GzipPieces.deflate(HEAD));
		pieces.addAsIs(large);
		pieces.add(TAIL, GzipPieces.deflate(TAIL));
		byte[] page = concat(HEAD, large, TAIL);
		assertThat(gunzip(send(pieces, page))).isEqualTo(page);
	}

	@Test
	void anEmptyPieceIsLeftOut() throws IOException {
		GzipPieces pieces = new GzipPieces();
		pieces.add(HEAD, GzipPieces.deflate(HEAD));
		pieces.addAsIs(new byte[0]);
		pieces.add(new byte[0], GzipPieces.deflate(new byte[0]));
		pieces.add(TAIL, GzipPieces.deflate(TAIL));
		assertThat(gunzip(send(pieces, concat(HEAD, TAIL)))).isEqualTo(concat(HEAD, TAIL));
	}

	private static GzipPieces pieces(byte[] token) {
		GzipPieces pieces = new GzipPieces();
		pieces.add(HEAD, GzipPieces.deflate(HEAD));
		pieces.addAsIs(token);
		pieces.add(TAIL, GzipPieces.deflate(TAIL));
		return pieces;
	}

	private static byte[] send(GzipPieces pieces, byte[] body) throws IOException {
		ByteArrayOutputStream sent = new ByteArrayOutputStream();
		try (GzipPieces.Stream stream = new GzipPieces.Stream(pieces, sent, (length) -> {
		})) {
			stream.write(body, 0, body.length);
		}
		return sent.toByteArray();
	}

	private static byte[] gunzip(byte[] gzip) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
			return in.readAllBytes();
		}
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
