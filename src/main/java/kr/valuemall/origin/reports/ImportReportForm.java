package kr.valuemall.origin.reports;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why a shopper thinks a listing is imported.
 */
record ImportReportForm(@NotBlank @Size(max = 500) String reason) {

}
