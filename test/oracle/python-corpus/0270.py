# oracle: seed 270, closed, raises RuntimeError at line 7
import torch.nn

y_0 = torch.randn(1, 2, 2)
layers_0 = [torch.nn.GRU(2, 5), torch.nn.GRU(7, 3)]
for i in range(len(layers_0)):
    y_0 = layers_0[i](y_0)[0]
z_0 = torch.nn.Linear(3, 3)(y_0)

cell_1 = torch.nn.RNNCell(2, 4)
xs_1 = torch.randn(5, 3, 2)
h_1 = torch.zeros(3, 4)
outputs_1 = []
for t in range(xs_1.shape[0]):
    h_1 = cell_1(xs_1[t], h_1)
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1)
