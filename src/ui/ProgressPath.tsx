import type { SceneDefinition } from '../science/types';
import { useText } from './text';

/** The five steps of the mechanism as a path: where you are, where you have been, where it leads. */
export function ProgressPath({
  scenes,
  current,
  onSelect,
}: {
  scenes: readonly SceneDefinition[];
  current: number;
  onSelect: (index: number) => void;
}) {
  const { t } = useText();
  return (
    <nav className="progress-path" aria-label={t('ui.steps')}>
      <ol>
        {scenes.map((scene, index) => (
          <li key={scene.id} className={index < current ? 'is-done' : index === current ? 'is-current' : undefined}>
            <button
              type="button"
              aria-current={index === current ? 'step' : undefined}
              onClick={() => onSelect(index)}
              title={t(scene.titleKey)}
            >
              <span className="progress-path__number" aria-hidden="true">
                {index + 1}
              </span>
              <span className="progress-path__name">{t(scene.shortTitleKey)}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
