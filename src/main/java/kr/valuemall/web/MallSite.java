package kr.valuemall.web;

import org.springframework.stereotype.Component;

/**
 * What every page's layout shows about the mall itself. Used from templates as
 * {@code @mall}.
 */
@Component("mall")
public class MallSite {

	private final OperatorProperties operator;

	MallSite(OperatorProperties operator) {
		this.operator = operator;
	}

	public OperatorProperties operator() {
		return this.operator;
	}

}
