package com.shopwarden.enforcement;

import com.shopwarden.testing.CurrentTestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** JDBC reads of the application's tables, for assertions. */
public final class Db {

  private Db() {}

  public static long count(String sql, Object... params) {
    List<String> rows = column(sql, params);
    return Long.parseLong(rows.get(0));
  }

  /** The first column of every row, as text. */
  public static List<String> column(String sql, Object... params) {
    try (Connection c = CurrentTestDatabase.connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        List<String> values = new ArrayList<>();
        while (rs.next()) {
          values.add(rs.getString(1));
        }
        return values;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void execute(String sql, Object... params) {
    try (Connection c = CurrentTestDatabase.connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.execute();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
