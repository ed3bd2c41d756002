package com.shopwarden.text;

/** What normalisation does with diacritics on Latin letters. */
public enum MarkPolicy {
  /**
   * Remove them ({@code contrefaçon} = {@code contrefacon}, {@code podróbka} = {@code podrobka}):
   * in these languages writers drop them freely and no two listed words differ only by them.
   */
  FOLD,
  /**
   * Keep them: in Vietnamese the marks carry tones and vowels that tell words apart ({@code ma},
   * {@code má}, {@code mà}, {@code mã} are different words), so folding them would make unrelated
   * words collide. Lists add the toneless spelling as its own term where writers use it.
   */
  KEEP
}
