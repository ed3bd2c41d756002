/** PDQ perceptual hashing and hash-bank matching. */
package com.shopwarden.media;
