package kr.valuemall.seller;

/**
 * Banks a payout can go to. Message keys {@code bank.<NAME>}.
 */
public enum Bank {

	KB, SHINHAN, WOORI, HANA, NH, IBK, KAKAO, TOSS, KBANK, BUSAN, IM, GWANGJU, JEONBUK, KYONGNAM, JEJU, SC, CITI,
	SUHYUP, EPOST, MG, CU

}
