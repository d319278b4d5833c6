# The same LSTM fed what it was built for: RNN Lens reports nothing here (the same lines as
# lstm_wrong_input.py, so the same positions hold the same names).
import torch
import torch.nn as nn

lstm = nn.LSTM(10, 20, num_layers=2)
inputs = torch.randn(5, 3, 10)
h0 = torch.randn(2, 3, 20)
c0 = torch.randn(2, 3, 20)
output, (hn, cn) = lstm(inputs, (h0, c0))
print(output.shape, hn.shape, cn.shape)
