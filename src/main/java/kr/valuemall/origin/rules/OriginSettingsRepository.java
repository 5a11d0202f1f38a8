package kr.valuemall.origin.rules;

import org.springframework.data.jpa.repository.JpaRepository;

interface OriginSettingsRepository extends JpaRepository<OriginSettings, Integer> {

	default OriginSettings current() {
		return findById(OriginSettings.ID).orElseThrow(() -> new IllegalStateException("V5 seeds the settings row"));
	}

}
