package kr.valuemall.origin.rules;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kr.valuemall.origin.screening.TermKind;
import kr.valuemall.origin.screening.TermRule;

/**
 * A word or phrase of the rule book, with the points it adds when found.
 */
@Entity
@Table(name = "origin_term")
public class OriginTerm {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private TermKind kind;

	private String term;

	private int points;

	private boolean enabled;

	@Column(name = "created_at")
	private Instant createdAt;

	protected OriginTerm() {
	}

	OriginTerm(TermKind kind, String term, int points, Instant createdAt) {
		this.kind = kind;
		this.term = term.strip();
		this.points = kind.scoring() ? points : 0;
		this.enabled = true;
		this.createdAt = createdAt;
	}

	void toggle() {
		this.enabled = !this.enabled;
	}

	TermRule rule() {
		return new TermRule(this.kind, this.term, this.points);
	}

	public Long getId() {
		return this.id;
	}

	TermKind getKind() {
		return this.kind;
	}

	public String getTerm() {
		return this.term;
	}

	public int getPoints() {
		return this.points;
	}

	boolean isEnabled() {
		return this.enabled;
	}

}
