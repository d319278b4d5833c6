# oracle: seed 44, closed, runs cleanly
import torch.nn

layer_0 = torch.nn.RNN(7, 6, nonlinearity='tanh')
y_0, _ = layer_0(torch.randn(3, 2, 7))
