# oracle: seed 94, closed, runs cleanly
import torch
from torch import nn

y_0 = torch.randn(3, 2, 5)
layers_0 = [nn.RNN(5, 7), nn.RNN(7, 6)]
for i in range(len(layers_0)):
    y_0 = layers_0[i](y_0)[0]
z_0 = nn.Linear(6, 3)(y_0)
