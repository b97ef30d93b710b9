package org.gongkai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Gongkai (公开): the platform for government information disclosure work. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class Gongkai {

  public static void main(String[] args) {
    SpringApplication.run(Gongkai.class, args);
  }
}
