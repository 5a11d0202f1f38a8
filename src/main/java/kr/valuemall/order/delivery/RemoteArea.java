package kr.valuemall.order.delivery;

/**
 * Where a parcel costs more to send than to the mainland: Jeju, or another island or
 * remote area (도서산간). Sellers set an extra fee for each.
 */
public enum RemoteArea {

	JEJU, ISLAND

}
