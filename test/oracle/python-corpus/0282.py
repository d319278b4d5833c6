# oracle: seed 282, closed, raises RuntimeError at line 7
import torch

y_0 = torch.randn(2, 3, 2)
stack_0 = torch.nn.ModuleDict({"enc": torch.nn.GRU(2, 6)})
y_0, _ = stack_0["enc"](y_0)
z_0 = torch.nn.Linear(5, 3)(y_0)

layer_1 = torch.nn.RNN(input_size=4, hidden_size=6, num_layers=1, dropout=0.0)

def build_2():
    class nn:
        @staticmethod
        def GRU(*args, **kwargs):
            return lambda x, h=None: (x, h)
    return nn.GRU(7, 6)

fake_2 = build_2()
y_2, _ = fake_2(torch.randn(2, 3, 12), torch.zeros(9, 9))

rnn_3 = torch.nn.RNN(3, 2)
x_3 = torch.rand((4, 4, 3))
hidden_3 = torch.randn(1, 4, 2)
out_3, h_3 = rnn_3(x_3, hidden_3)
fc_3 = torch.nn.Linear(2, 3)
logits_3 = fc_3(h_3[-1])
