package kr.valuemall.account;

import java.time.Instant;

/**
 * An account was closed by its holder (회원 탈퇴). Its row remains, minimised, because orders
 * and payments keep referring to it; modules holding other personal data of the account
 * (carts, saved addresses) may drop theirs.
 */
public record AccountDeleted(long accountId, Instant deletedAt) {

}
