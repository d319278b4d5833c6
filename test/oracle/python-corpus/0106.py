# oracle: seed 106, closed, raises ValueError at line 7
import torch
from torch import nn

layer_0 = nn.GRU(input_size=7, hidden_size=3, num_layers=1, dropout=0.0)

layer_1 = nn.RNN(6, 3, nonlinearity='sigmoid')
y_1, _ = layer_1(torch.randn(3, 2, 7))
