# The PyTorch tutorial's two-layer LSTM fed inputs of the wrong width: it was built for 10
# features and gets 12, so PyTorch rejects the forward call.
import torch
import torch.nn as nn

lstm = nn.LSTM(10, 20, num_layers=2)
inputs = torch.randn(5, 3, 12)
h0 = torch.randn(2, 3, 20)
c0 = torch.randn(2, 3, 20)
output, (hn, cn) = lstm(inputs, (h0, c0))
print(output.shape, hn.shape, cn.shape)
