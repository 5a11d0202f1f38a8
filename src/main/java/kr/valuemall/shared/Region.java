package kr.valuemall.shared;

/**
 * Korea's first-level administrative regions (시·도), where a business is based or a
 * product is made. Shown through the message keys {@code region.<NAME>}.
 */
public enum Region {

	SEOUL, BUSAN, DAEGU, INCHEON, GWANGJU, DAEJEON, ULSAN, SEJONG, GYEONGGI, GANGWON, CHUNGBUK, CHUNGNAM, JEONBUK,
	JEONNAM, GYEONGBUK, GYEONGNAM, JEJU;

	public String messageKey() {
		return "region." + name();
	}

}
