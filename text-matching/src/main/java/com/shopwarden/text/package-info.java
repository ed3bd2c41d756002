/** Evasion-resistant normalisation and term matching. */
package com.shopwarden.text;
