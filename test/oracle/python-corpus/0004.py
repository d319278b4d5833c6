# oracle: seed 4, closed, runs cleanly
import torch.nn

cell_0 = torch.nn.RNNCell(3, 5)
xs_0 = torch.randn(5, 1, 3)
h_0 = torch.zeros(1, 5)
outputs_0 = []
for t in range(len(xs_0)):
    if t % 2 == 1:
        continue
    h_0 = cell_0(xs_0[t], h_0)
    outputs_0.append(h_0)
