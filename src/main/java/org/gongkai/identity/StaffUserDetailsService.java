package org.gongkai.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class StaffUserDetailsService implements UserDetailsService {

  private final StaffAccountRepository repository;

  StaffUserDetailsService(StaffAccountRepository repository) {
    this.repository = repository;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return repository.principal(username == null ? "" : username.trim())
        .orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
  }
}
