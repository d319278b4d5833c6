# oracle: seed 189, closed, runs cleanly
import torch
import torch.nn as nn

y_0 = torch.randn(3, 2, 3)
layers_0 = [nn.GRU(3, 7), nn.GRU(7, 6)]
for i in range(len(layers_0)):
    y_0 = layers_0[i](y_0)[0]
