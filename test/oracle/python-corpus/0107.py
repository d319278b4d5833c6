# oracle: seed 107, closed, raises RuntimeError at line 13
import torch.nn

lstm_0 = torch.nn.LSTM(3, 3, 1)
out_0, (h_0, c_0) = lstm_0(torch.randn(3, 4, 3))
r_0_0 = len(out_0)
r_0_1 = out_0.size()
r_0_2 = c_0.repeat(1, 1, 1)

y_1 = torch.randn(3, 3, 4)
layers_1 = torch.nn.ModuleList([torch.nn.RNN(4, 7), torch.nn.RNN(7, 2), torch.nn.RNN(3, 6)])
for layer in layers_1:
    y_1, _ = layer(y_1)
