import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SeatMeter, isFull } from './seat-meter';

describe('SeatMeter', () => {
  it('shows agents and pending invitations apart, and the seats left', () => {
    render(<SeatMeter usage={{ seats: 10, used: 7, pending: 2 }} />);
    const meter = screen.getByRole('meter', { name: 'Seats used' });
    expect(meter).toHaveAttribute('aria-valuenow', '7');
    expect(meter).toHaveAttribute('aria-valuemax', '10');
    expect(meter).toHaveAttribute('aria-valuetext', '7 of 10 seats used');
    expect(screen.getByText(/7 of 10 seats used/)).toBeInTheDocument();
    expect(screen.getByText('5 agents')).toBeInTheDocument();
    expect(screen.getByText('2 pending invitations')).toBeInTheDocument();
    expect(screen.getByText(/3 seats available/)).toBeInTheDocument();
  });

  it('draws the two segments in proportion to the seats', () => {
    const { container } = render(<SeatMeter usage={{ seats: 20, used: 15, pending: 5 }} />);
    expect(container.querySelector<HTMLElement>('.seat-meter-agents')!.style.width).toBe('50%');
    expect(container.querySelector<HTMLElement>('.seat-meter-pending')!.style.width).toBe('25%');
  });

  it('says when no seat is left, and caps the bar when over the limit', () => {
    const { container } = render(<SeatMeter usage={{ seats: 3, used: 4, pending: 1 }} />);
    expect(screen.getByText(/No seats left/)).toBeInTheDocument();
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuenow', '3');
    expect(container.querySelector('.seat-meter-full')).not.toBeNull();
    expect(container.querySelector<HTMLElement>('.seat-meter-agents')!.style.width).toBe('100%');
    expect(container.querySelector<HTMLElement>('.seat-meter-pending')!.style.width).toBe('0%');
  });

  it('singular words for one', () => {
    render(<SeatMeter usage={{ seats: 2, used: 1, pending: 0 }} />);
    expect(screen.getByText('1 agent')).toBeInTheDocument();
    expect(screen.getByText(/1 seat available/)).toBeInTheDocument();
    expect(isFull({ seats: 2, used: 1, pending: 0 })).toBe(false);
    expect(isFull({ seats: 2, used: 2, pending: 0 })).toBe(true);
  });
});
