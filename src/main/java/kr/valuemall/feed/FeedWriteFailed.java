package kr.valuemall.feed;

/**
 * Writing a feed to the response failed midway, usually because the crawler hung up.
 */
class FeedWriteFailed extends RuntimeException {

	FeedWriteFailed(Throwable cause) {
		super("Could not write the feed", cause);
	}

}
