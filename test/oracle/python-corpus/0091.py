# oracle: seed 91, closed, runs cleanly
import torch

def build_0():
    class nn:
        @staticmethod
        def GRU(*args, **kwargs):
            return lambda x, h=None: (x, h)
    return nn.GRU(4, 3)

fake_0 = build_0()
y_0, _ = fake_0(torch.randn(2, 3, 9), torch.zeros(9, 9))
