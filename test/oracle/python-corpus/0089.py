# oracle: seed 89, closed, runs cleanly
import torch.nn

y_0 = torch.randn(1, 3, 6)
layers_0 = [torch.nn.GRU(6, 3), torch.nn.GRU(3, 2), torch.nn.GRU(2, 7)]
for i in range(len(layers_0)):
    y_0 = layers_0[i](y_0)[0]
