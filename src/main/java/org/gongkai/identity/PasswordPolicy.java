package org.gongkai.identity;

import java.security.SecureRandom;
import org.gongkai.shared.InvalidInputException;

/** 密码规则: at least 12 characters with letters and digits; and the generator of random passwords. */
final class PasswordPolicy {

  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordPolicy() {}

  static void check(String field, String password, String username) {
    if (password == null || password.length() < 12) {
      throw new InvalidInputException(field, "密码至少12位");
    }
    if (password.length() > 128) {
      throw new InvalidInputException(field, "密码不能超过128位");
    }
    if (!password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)) {
      throw new InvalidInputException(field, "密码须同时包含字母和数字");
    }
    if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
      throw new InvalidInputException(field, "密码不能包含用户名");
    }
  }

  static String generate() {
    StringBuilder sb = new StringBuilder();
    while (true) {
      sb.setLength(0);
      for (int i = 0; i < 16; i++) {
        sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      }
      String candidate = sb.toString();
      if (candidate.chars().anyMatch(Character::isDigit) && candidate.chars().anyMatch(Character::isLetter)) {
        return candidate;
      }
    }
  }
}
