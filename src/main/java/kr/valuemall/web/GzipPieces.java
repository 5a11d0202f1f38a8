package kr.valuemall.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A page body made of pieces whose deflated form was worked out once, sent in gzip
 * without compressing it again. A shared copy of a visitors' page
 * ({@link VisitorPageCache}) is the same bytes for every load but for each visitor's
 * token and the part rendered per load; compressing the whole page again on every load
 * halved the home page's rate for browsers, which all ask for compression.
 * <p>
 * Each kept piece is deflated on its own and ended with a sync flush, so it ends on a
 * byte boundary and refers to nothing before it: pieces can follow one another in one
 * deflate stream (RFC 1951), with the visitor's token between them as a stored block, and
 * one gzip header and trailer (RFC 1952) around them all. Browsers read it as any other
 * gzip body.
 * <p>
 * The page's bytes still pass through the filters between the page and the compression
 * (the ETag's), and {@link Stream} checks them against the pieces as they come: should
 * they differ, it compresses what actually came instead, so what the browser gets is
 * always the body the filters passed on.
 */
final class GzipPieces {

	/** The request attribute holding the pieces of the body being written. */
	static final String ATTRIBUTE = GzipPieces.class.getName();

	private static final int MAX_STORED_BLOCK = 65_535;

	private static final byte[] GZIP_HEADER = { 0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff };

	/** An empty final stored block: the end of the deflate stream. */
	private static final byte[] LAST_BLOCK = { 0x01, 0x00, 0x00, (byte) 0xff, (byte) 0xff };

	private final List<byte[]> raw = new ArrayList<>();

	/** The deflated form of each piece; null for one sent as it is (a token). */
	private final List<byte[]> deflated = new ArrayList<>();

	/** Adds a kept piece with its deflated form ({@link #deflate}). */
	void add(byte[] piece, byte[] deflatedPiece) {
		if (piece.length > 0) {
			this.raw.add(piece);
			this.deflated.add(deflatedPiece);
		}
	}

	/** Adds a piece of this load only (a visitor's token), sent uncompressed. */
	void addAsIs(byte[] piece) {
		if (piece.length > 0) {
			this.raw.add(piece);
			this.deflated.add(null);
		}
	}

	/** The pieces the page being written to this request is made of, if any. */
	static GzipPieces of(HttpServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof GzipPieces pieces) ? pieces : null;
	}

	/**
	 * A piece as raw deflate blocks that end on a byte boundary (a sync flush) and use
	 * nothing before them, so the stream can go on with any other such piece.
	 */
	static byte[] deflate(byte[] piece) {
		Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
		try {
			deflater.setInput(piece);
			ByteArrayOutputStream out = new ByteArrayOutputStream(piece.length / 4 + 64);
			byte[] buffer = new byte[8192];
			int length;
			do {
				length = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
				out.write(buffer, 0, length);
			}
			while (length == buffer.length);
			return out.toByteArray();
		}
		finally {
			deflater.end();
		}
	}

	/**
	 * Takes the page's bytes as the filters pass them on; on {@link #close()} writes them
	 * in gzip to the sink, from the pieces when the bytes were the pieces'.
	 */
	static final class Stream extends OutputStream {

		private final GzipPieces pieces;

		private final OutputStream sink;

		/** Told the compressed body's length, just before it is written. */
		private final LongConsumer length;

		private final CRC32 crc = new CRC32();

		private long size;

		/** Where the bytes so far end in the pieces: the piece and the place in it. */
		private int piece;

		private int offset;

		/** What compresses the bytes once they turned out not to be the pieces'. */
		private BrotliResponses.LightGzip instead;

		private boolean closed;

		Stream(GzipPieces pieces, OutputStream sink, LongConsumer length) {
			this.pieces = pieces;
			this.sink = sink;
			this.length = length;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int from, int count) throws IOException {
			if (this.instead != null) {
				this.instead.write(bytes, from, count);
				return;
			}
			int at = this.piece;
			int in = this.offset;
			int checked = 0;
			while (checked < count) {
				if (at >= this.pieces.raw.size()) {
					compressInstead(bytes, from, count);
					return;
				}
				byte[] expected = this.pieces.raw.get(at);
				int span = Math.min(count - checked, expected.length - in);
				if (Arrays.mismatch(bytes, from + checked, from + checked + span, expected, in, in + span) >= 0) {
					compressInstead(bytes, from, count);
					return;
				}
				checked += span;
				in += span;
				if (in == expected.length) {
					at++;
					in = 0;
				}
			}
			this.piece = at;
			this.offset = in;
			this.crc.update(bytes, from, count);
			this.size += count;
		}

		/** From here on, plain gzip of what comes, beginning with what came so far. */
		private void compressInstead(byte[] bytes, int from, int count) throws IOException {
			this.instead = new BrotliResponses.LightGzip(this.sink);
			for (int i = 0; i < this.piece; i++) {
				this.instead.write(this.pieces.raw.get(i));
			}
			if (this.offset > 0) {
				this.instead.write(this.pieces.raw.get(this.piece), 0, this.offset);
			}
			if (bytes != null) {
				this.instead.write(bytes, from, count);
			}
		}

		@Override
		public void flush() {
			// Everything goes out at the end, in one piece with its length.
		}

		@Override
		public void close() throws IOException {
			if (this.closed) {
				return;
			}
			this.closed = true;
			if (this.instead == null && (this.piece < this.pieces.raw.size())) {
				// Fewer bytes came than the pieces hold.
				compressInstead(null, 0, 0);
			}
			if (this.instead != null) {
				this.instead.close();
				return;
			}
			ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.min(this.size / 4 + 64, 1 << 20));
			body.write(GZIP_HEADER);
			for (int i = 0; i < this.pieces.raw.size(); i++) {
				byte[] deflatedPiece = this.pieces.deflated.get(i);
				if (deflatedPiece != null) {
					body.write(deflatedPiece);
				}
				else {
					stored(this.pieces.raw.get(i), body);
				}
			}
			body.write(LAST_BLOCK);
			littleEndian((int) this.crc.getValue(), body);
			littleEndian((int) this.size, body);
			this.length.accept(body.size());
			body.writeTo(this.sink);
			this.sink.close();
		}

		/** Bytes as they are, in stored blocks (the stream is on a byte boundary). */
		private static void stored(byte[] bytes, ByteArrayOutputStream out) {
			for (int from = 0; from < bytes.length; from += MAX_STORED_BLOCK) {
				int count = Math.min(MAX_STORED_BLOCK, bytes.length - from);
				out.write(0x00);
				out.write(count & 0xff);
				out.write(count >>> 8);
				out.write(~count & 0xff);
				out.write((~count >>> 8) & 0xff);
				out.write(bytes, from, count);
			}
		}

		private static void littleEndian(int value, ByteArrayOutputStream out) {
			out.write(value & 0xff);
			out.write((value >>> 8) & 0xff);
			out.write((value >>> 16) & 0xff);
			out.write((value >>> 24) & 0xff);
		}

	}

}
