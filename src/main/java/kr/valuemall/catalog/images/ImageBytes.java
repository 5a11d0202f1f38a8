package kr.valuemall.catalog.images;

/**
 * One size of a stored image, as served.
 */
record ImageBytes(String contentType, byte[] bytes) {

}
