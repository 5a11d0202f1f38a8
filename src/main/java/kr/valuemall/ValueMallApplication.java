package kr.valuemall;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ValueMallApplication {

	public static void main(String[] args) {
		SpringApplication.run(ValueMallApplication.class, args);
	}

}
