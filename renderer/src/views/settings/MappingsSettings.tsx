/** Settings › Column mappings: the saved mappings, each with its columns, copy as JSON (for the CLI) and delete. */
import { mappingSourceId, type ColumnMapping } from '../../../../shared/mapping/column-mapping';
import { deleteMapping } from '../../api/import-options';
import { t, type MessageKey } from '../../i18n/messages';
import { notify } from '../../state/app-store';
import { mappingKey, useMappings } from '../../state/mapping-store';
import { copyText } from '../detail/copy-text';
import '../imports/import-actions.css';

async function copyMapping(m: ColumnMapping): Promise<void> {
  await copyText(JSON.stringify(m, null, 2));
  notify('info', t('mappings.copied', { name: m.name }));
}

export function MappingsSettings() {
  const mappings = useMappings();
  return (
    <section className="settings-section" data-testid="mappings-settings">
      <h2>{t('mappings.title')}</h2>
      <p className="muted">{t('mappings.hint')}</p>
      {mappings.length === 0 ? <p className="muted" data-testid="mappings-empty">{t('mappings.empty')}</p> : (
        <ul className="mappings-list">
          {mappings.map((m) => (
            <li key={mappingKey(m)} data-testid="mapping-item" data-name={m.name}>
              <div>
                <div className="mapping-name">{m.name} <span className="muted">· {t(`mapping.kind.${m.kind}` as MessageKey)}</span></div>
                <div className="mapping-meta">
                  {mappingSourceId(m.name)} · {t('mappings.columns', { n: m.signature.length })} · {t('mappings.time', { column: m.time.column, format: t(`format.${m.time.format}` as MessageKey) })}
                </div>
                <div className="mapping-meta">{(m.headers ?? m.signature).join(', ')}</div>
              </div>
              <span className="mapping-buttons">
                <button type="button" onClick={() => void copyMapping(m)} data-testid="mapping-copy">{t('mappings.copy')}</button>
                <button type="button" onClick={() => void deleteMapping(m)} data-testid="mapping-delete">{t('mappings.delete')}</button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
