# oracle: seed 81, closed, raises RuntimeError at line 12
import torch.nn

gru_0 = torch.nn.GRU(5, 2)
x_0 = torch.randn(3, 5)
deep_0 = torch.nn.GRU(5, 2, num_layers=1)
if deep_0.num_layers > 1:
    out_0, _ = deep_0(torch.randn(2, 3, 5), torch.zeros(2, 3, 2))
elif 2 == 3:
    out_0, _ = deep_0(torch.randn(2, 3, 5), torch.zeros(1, 3, 2))
else:
    out_0, _ = deep_0(torch.randn(2, 3, 5), torch.zeros(2, 3, 2))
