import {
  currentStagingOwner,
  isStagingOwnerGone,
  parseStagingFolder,
  stagingFolderName,
} from './staging-owner';

const self = { host: 'app-1.example', pid: 4242, started: '99001' };

describe('staging folder names', () => {
  it('name the owner and read back the same', () => {
    expect(stagingFolderName(self)).toBe('app-1.example_4242_99001');
    expect(parseStagingFolder('app-1.example_4242_99001')).toEqual(self);
    expect(parseStagingFolder(stagingFolderName(currentStagingOwner()))).toEqual(
      currentStagingOwner(),
    );
  });

  it.each(['some-folder', '0f3c.part', 'host_12', 'host_x_1', '../x_1_2'])(
    'are not mistaken for %s',
    (name) => {
      expect(parseStagingFolder(name)).toBeNull();
    },
  );
});

describe('isStagingOwnerGone', () => {
  it.each([
    ['this process', self, false],
    ['this pid in an earlier life', { ...self, started: '1' }, true],
    ['a process on another host, which cannot be checked', { ...self, host: 'app-2' }, false],
  ])('judges %s', (_case, owner, gone) => {
    expect(isStagingOwnerGone(owner, self)).toBe(gone);
  });
});
