# oracle: seed 290, closed, runs cleanly
import torch

y_0 = torch.randn(1, 1, 3)
layers_0 = torch.nn.ModuleList([torch.nn.RNN(3, 3), torch.nn.RNN(3, 3)])
for layer in layers_0:
    y_0, _ = layer(y_0)

y_1 = torch.randn(4, 1, 3)
layers_1 = torch.nn.ModuleList([torch.nn.GRU(3, 2), torch.nn.GRU(2, 5)])
for layer in layers_1:
    y_1, _ = layer(y_1)

lstm_2 = torch.nn.LSTM(3, 6, 2)
out_2, (h_2, c_2) = lstm_2(torch.randn(2, 4, 3))
r_2_0 = out_2.size()
r_2_1 = out_2.unsqueeze(0).squeeze(0)
r_2_2 = out_2.unsqueeze(0).squeeze(0)
