package kr.valuemall.origin.review;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import kr.valuemall.origin.ScreeningReason;

/**
 * Keeps the reasons of a decision in one column, a line per reason: code, points and
 * detail, separated by tabs.
 */
@Converter
class ReasonsConverter implements AttributeConverter<List<ScreeningReason>, String> {

	@Override
	public String convertToDatabaseColumn(List<ScreeningReason> reasons) {
		StringBuilder column = new StringBuilder();
		for (ScreeningReason reason : reasons) {
			String detail = (reason.detail() != null) ? reason.detail().replaceAll("[\\t\\r\\n]+", " ") : "";
			column.append(reason.code()).append('\t').append(reason.points()).append('\t').append(detail).append('\n');
		}
		return column.toString();
	}

	@Override
	public List<ScreeningReason> convertToEntityAttribute(String column) {
		List<ScreeningReason> reasons = new ArrayList<>();
		if (column == null) {
			return reasons;
		}
		for (String line : column.split("\n")) {
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("\t", 3);
			reasons.add(new ScreeningReason(parts[0], (parts.length > 2) ? parts[2] : "", Integer.parseInt(parts[1])));
		}
		return reasons;
	}

}
