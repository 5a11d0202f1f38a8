package kr.valuemall.order.fulfilment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Where a shopper follows a parcel: each courier's own tracking page for a waybill
 * number, as the couriers publish them for links from shops. A courier without an entry
 * here shows its number without a link rather than a link that may lead nowhere.
 */
@Component("courierTracking")
public class CourierTracking {

	private static final Map<Courier, String> PAGES = new EnumMap<>(Map.of(Courier.CJ,
			"https://trace.cjlogistics.com/next/tracking.html?wblNo={number}", Courier.LOTTE,
			"https://www.lotteglogis.com/home/reservation/tracking/linkView?InvNo={number}", Courier.HANJIN,
			"https://www.hanjin.com/kor/CMS/DeliveryMgr/WaybillResult.do?mCode=MN038&schLang=KR&wblnumText2={number}",
			Courier.EPOST, "https://service.epost.go.kr/trace.RetrieveDomRigiTraceList.comm?sid1={number}",
			Courier.LOGEN, "https://www.ilogen.com/web/personal/trace/{number}"));

	/**
	 * The courier's tracking page for this number, or null when there is none to link.
	 */
	public String url(Courier courier, String trackingNumber) {
		if (courier == null || trackingNumber == null || trackingNumber.isBlank()) {
			return null;
		}
		String page = PAGES.get(courier);
		if (page == null) {
			return null;
		}
		return page.replace("{number}", URLEncoder.encode(trackingNumber.strip(), StandardCharsets.UTF_8));
	}

}
