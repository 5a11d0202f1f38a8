package kr.valuemall.catalog;

/**
 * One size of a stored image, as served.
 */
record ImageBytes(String contentType, byte[] bytes) {

}
