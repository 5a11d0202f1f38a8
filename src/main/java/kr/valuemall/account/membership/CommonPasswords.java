package kr.valuemall.account.membership;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The denylist NIST SP 800-63B asks a verifier to check new passwords against: passwords
 * known from breaches and the most common choices. The list ships in the jar
 * ({@code security/common-passwords.txt.gz}, see the README for its source and licence)
 * and is kept as a sorted array of 64-bit digests, about 1.6 MB for 200,000 entries
 * instead of ten times that as strings. A collision would refuse one harmless password in
 * billions. Letters are compared without case: {@code PASSWORD123} is as guessable as
 * {@code password123}.
 */
public final class CommonPasswords {

	static final String RESOURCE = "/security/common-passwords.txt.gz";

	private CommonPasswords() {
	}

	static boolean contains(String password) {
		return Arrays.binarySearch(Loaded.DIGESTS, digest(password)) >= 0;
	}

	public static int size() {
		return Loaded.DIGESTS.length;
	}

	private static long digest(String password) {
		return digest(sha256(), password);
	}

	private static long digest(MessageDigest sha256, String password) {
		byte[] sha = sha256.digest(password.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
		return ByteBuffer.wrap(sha).getLong();
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	/**
	 * Read once per JVM, on first use or when the application is ready (about half a
	 * second), whichever comes first.
	 */
	private static final class Loaded {

		static final long[] DIGESTS = load();

		private static long[] load() {
			try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException("The password denylist " + RESOURCE + " is missing");
				}
				BufferedReader lines = new BufferedReader(
						new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
				MessageDigest sha256 = sha256();
				long[] digests = new long[262_144];
				int count = 0;
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					if (line.isEmpty()) {
						continue;
					}
					if (count == digests.length) {
						digests = Arrays.copyOf(digests, count * 2);
					}
					digests[count++] = digest(sha256, line);
				}
				long[] sorted = Arrays.copyOf(digests, count);
				Arrays.sort(sorted);
				return sorted;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
